package io.github.clientbudgets.devhost.testing;

import io.github.clientbudgets.devhost.DevHost;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;

/**
 * Debian's chromium, headless, driven by Selenium against a dev host, as the browser tests use it: the machine's
 * flags (no background networking: this machine has no network), a fresh profile, screenshots into
 * target/screenshots/, and a login that waits for the logged-in page.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final DevHost host;
    private final String screenshotPrefix;
    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(DevHost host, String screenshotPrefix) throws IOException {
        this.host = host;
        this.screenshotPrefix = screenshotPrefix;
        if (System.getProperty("webdriver.chrome.driver") == null) {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        }
        profile = Files.createTempDirectory("devhost-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    /** A browser for the host; screenshots are named {@code <prefix><name>.png}. */
    public static HeadlessChromium start(DevHost host, String screenshotPrefix) throws IOException {
        return new HeadlessChromium(host, screenshotPrefix);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(host.baseUrl() + path);
    }

    /** Logs out, logs in through the login form and waits for the logged-in page. */
    public void login(String user) {
        open("/logout");
        open("/login.jsp");
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(user);
        driver.findElement(By.id("login-form-submit")).click();
        // navigating on at once can abort the login POST
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("header-details-user-fullname")));
    }

    /**
     * Opens an admin page as the logged-in admin: Jira's WebSudo prompt ("Administrator Access") asks for the
     * password again (the demo password is the user name) and then forwards to the page.
     */
    public void openAdminPage(String path, String password) {
        open(path);
        if (driver.getCurrentUrl().contains("/secure/admin/WebSudoAuthenticate")) {
            driver.findElement(By.id("login-form-authenticatePassword")).sendKeys(password);
            driver.findElement(By.id("login-form-submit")).click();
            waiting().until(d -> !d.getCurrentUrl().contains("/secure/admin/WebSudoAuthenticate"));
        }
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void screenshot(String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(screenshotPrefix + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
