package io.github.clientbudgets.devhost.testing.browser;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One person at a browser in front of a dev host, for a browser test class: register it as a static
 * {@code @RegisterExtension} field. Before the class it starts a dev host with the demo data and a headless chromium;
 * after the class it closes both. A failing test leaves {@code target/screenshots/<prefix>FAILED-<test>.png}.
 * The page objects ({@link LoginPage}, {@link BudgetPage}, ...) take it to find their way around.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final String screenshotPrefix;
    private DevHost host;
    private HeadlessChromium chromium;

    private Browser(String screenshotPrefix) {
        this.screenshotPrefix = screenshotPrefix;
    }

    /** A browser on a fresh demo dev host; screenshots are named {@code <prefix><name>.png}. */
    public static Browser onDemoHost(String screenshotPrefix) {
        return new Browser(screenshotPrefix);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        host = TestHosts.start();
        chromium = new HeadlessChromium();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (host != null) {
                host.close();
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (chromium != null) {
            try {
                chromium.screenshot(SCREENSHOTS.resolve(screenshotPrefix + "FAILED-"
                        + context.getRequiredTestMethod().getName() + ".png"));
            } catch (IOException | WebDriverException e) {
                cause.addSuppressed(e);
            }
        }
    }

    public DevHost host() {
        return host;
    }

    public WebDriver driver() {
        return chromium.driver();
    }

    public void open(String path) {
        driver().get(host.baseUrl() + path);
    }

    public String currentUrl() {
        return driver().getCurrentUrl();
    }

    public String pageSource() {
        return driver().getPageSource();
    }

    /** Logs out whoever is logged in, then logs {@code user} in through Jira's login form (the demo password is the user name). */
    public void logInAs(String user) {
        new LoginPage(this).open().logInAs(user);
    }

    public void logOut() {
        open("/logout");
    }

    public JiraHeader header() {
        return new JiraHeader(this);
    }

    public WebDriverWait waiting() {
        return waiting(PATIENCE);
    }

    public WebDriverWait waiting(Duration patience) {
        return new WebDriverWait(driver(), patience);
    }

    public WebElement find(By by) {
        return driver().findElement(by);
    }

    public java.util.List<WebElement> findAll(By by) {
        return driver().findElements(by);
    }

    public boolean isAbsent(By by) {
        return driver().findElements(by).isEmpty();
    }

    /** Waits until the element is on the page and shown. */
    public WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element is on the page (shown or not). */
    public WebElement present(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Waits until the page the element belongs to is gone. Chromium may answer a question about an element of a page
     * being replaced with "Node ... does not belong to the document" instead of a stale-element error: both mean gone.
     */
    public void untilGone(WebElement ofCurrentPage) {
        waiting().until(d -> {
            try {
                ofCurrentPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }

    public void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Sets a field's value as a person's pick in a date picker would (date pickers take their text in the browser's
     * locale, so typing is not portable) and tells the page it changed.
     */
    public void pick(WebElement field, String value) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, value);
        if (!value.equals(field.getAttribute("value"))) {
            throw new AssertionError("the field took '" + field.getAttribute("value") + "', not '" + value + "'");
        }
    }

    /** Clears a field and types into it. */
    public void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks or unticks a checkbox as a person does: scrolled into view, then a click. */
    public void tick(WebElement box) {
        scrollTo(box);
        box.click();
    }

    /** What a payload in the page would have set if it ran ({@code window.__xss}); null when nothing ran. */
    public Object scriptInjectionFlag() {
        return script("return window.__xss;");
    }

    /** The text of the open alert, or null when there is none. */
    public String openAlert() {
        try {
            return driver().switchTo().alert().getText();
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            return null;
        }
    }

    public WebElement focused() {
        return driver().switchTo().activeElement();
    }

    public void screenshot(String name) {
        try {
            chromium.screenshot(SCREENSHOTS.resolve(screenshotPrefix + name + ".png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot once the page is loaded and the plugin's own stylesheet applies (it sets {@code --cb-styled: 1} on
     * the page's root element), so that the picture shows the page as styled.
     */
    public void screenshotWhenStyled(String name) {
        waiting().until(d -> "complete".equals(script("return document.readyState"))
                && Boolean.TRUE.equals(script("var s = document.querySelector('.cb-page, .cb-admin');"
                + " return !!s && getComputedStyle(s).getPropertyValue('--cb-styled').trim() === '1';")));
        screenshot(name);
    }
}
