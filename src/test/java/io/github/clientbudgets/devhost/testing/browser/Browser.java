package io.github.clientbudgets.devhost.testing.browser;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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

    /** axe-core over the page as it is now. */
    public Axe axe() {
        return new Axe(this);
    }

    /** Fails, naming each broken rule, its impact and the elements, unless axe-core finds nothing on the page. */
    public void assertAccessible(String page) {
        axe().assertNoViolations(page);
    }

    /** Sets the browser window's size in CSS pixels (the page's viewport is that wide in headless chromium). */
    public void windowSize(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Makes the browser a phone {@code width} CSS pixels wide, as chromium's device emulation does: the window that
     * wide and a mobile viewport, which lays a page out 980 px wide and zooms it out unless the page asks for the
     * device's width ({@code <meta name="viewport" content="width=device-width">}). {@link #desktop} undoes it.
     */
    public void phone(int width, int height) {
        windowSize(width, height);
        ((HasCdp) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop window the browser starts with. */
    public void desktop() {
        ((HasCdp) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        windowSize(HeadlessChromium.WIDTH, HeadlessChromium.HEIGHT);
    }

    /** The page's width as laid out: wider than the window means the page scrolls sideways. */
    public long pageScrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth;")).longValue();
    }

    /** The viewport's width in CSS pixels. */
    public long viewportWidth() {
        return ((Number) script("return document.documentElement.clientWidth;")).longValue();
    }

    /** Presses keys as a person at the keyboard does: to whatever has the focus, nothing found by script. */
    public void press(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
    }

    /**
     * Presses Tab (or Shift+Tab, {@code backwards}) until the focus is on an element matching the CSS selector;
     * fails after {@code most} presses. Answers how many presses it took.
     */
    public int tabTo(String selector, boolean backwards, int most) {
        for (int presses = 1; presses <= most; presses++) {
            if (backwards) {
                new Actions(driver()).keyDown(Keys.SHIFT)
                        .sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press(Keys.TAB);
            }
            if (focusMatches(selector)) {
                return presses;
            }
        }
        throw new AssertionError("no " + selector + " after " + most + (backwards ? " Shift+Tab" : " Tab")
                + " presses; the focus is on " + describeFocus());
    }

    /** Whether the element with the focus matches the CSS selector. */
    public boolean focusMatches(String selector) {
        return Boolean.TRUE.equals(script("var a = document.activeElement; return !!a && a.matches(arguments[0]);",
                selector));
    }

    /** The focused element as a short description: tag, id, classes and text, for failure messages. */
    public String describeFocus() {
        return String.valueOf(script("var a = document.activeElement; if (!a) { return 'nothing'; }"
                + " return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '')"
                + " + (a.className && typeof a.className === 'string' ? '.' + a.className.trim().split(/\\s+/).join('.') : '')"
                + " + ' \"' + (a.innerText || a.value || a.getAttribute('aria-label') || '').trim().slice(0, 40) + '\"';"));
    }

    /**
     * Whether the focused element shows that it has the focus: the browser counts it as {@code :focus-visible} and
     * its style draws something for it (an outline, or a box shadow as AUI's buttons and fields use).
     */
    public boolean focusIsVisible() {
        return Boolean.TRUE.equals(script("var a = document.activeElement;"
                + " if (!a || a === document.body || !a.matches(':focus-visible')) { return false; }"
                + " var s = getComputedStyle(a);"
                + " var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                + " return outline || (s.boxShadow && s.boxShadow !== 'none');"));
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
        waitUntilStyled();
        screenshot(name);
    }

    /** Waits until the page is loaded and the plugin's own stylesheet applies (see {@link #screenshotWhenStyled}). */
    public void waitUntilStyled() {
        waiting().until(d -> "complete".equals(script("return document.readyState"))
                && Boolean.TRUE.equals(script("var s = document.querySelector('.cb-page, .cb-admin');"
                + " return !!s && getComputedStyle(s).getPropertyValue('--cb-styled').trim() === '1';")));
    }
}
