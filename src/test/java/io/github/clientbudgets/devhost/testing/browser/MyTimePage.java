package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** My time ({@code /plugins/servlet/client-budgets/my-time}): a person's own entries, the rejected ones with the reason. */
public final class MyTimePage {
    private final Browser browser;

    private MyTimePage(Browser browser) {
        this.browser = browser;
    }

    public static MyTimePage open(Browser browser) {
        browser.open("/plugins/servlet/client-budgets/my-time");
        return new MyTimePage(browser);
    }

    public RejectedEntry rejectedEntry(long entryId) {
        WebElement table = browser.visible(By.id("cb-my-rejected"));
        return new RejectedEntry(table.findElement(By.cssSelector("tr[data-entry-id='" + entryId + "']")));
    }

    /** A row of "Rejected": the entry, its reason and who rejected it. */
    public static final class RejectedEntry {
        private final WebElement row;

        private RejectedEntry(WebElement row) {
            this.row = row;
        }

        public String text() {
            return row.getText();
        }

        public String reviewer() {
            return row.findElement(By.className("cb-reviewer")).getText();
        }

        public String issueKey() {
            return row.findElement(By.tagName("a")).getText().trim();
        }
    }
}
