package io.github.clientbudgets.web.portal;

/** What the customers' frame ({@code templates/portal/customer-frame.vm}) reads. */
public final class CustomerFrameView {
    private final String baseUrl;
    private final String userName;
    private final String language;

    CustomerFrameView(String baseUrl, String userName, String language) {
        this.baseUrl = baseUrl;
        this.userName = userName;
        this.language = language;
    }

    /** The reader's language as a BCP 47 tag ("en-US", "de-DE"), for the page's {@code lang}. */
    public String getLanguage() {
        return language;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getUserName() {
        return userName;
    }
}
