package io.github.clientbudgets.web.portal;

/** What the customers' frame ({@code templates/portal/customer-frame.vm}) reads. */
public final class CustomerFrameView {
    private final String baseUrl;
    private final String userName;

    CustomerFrameView(String baseUrl, String userName) {
        this.baseUrl = baseUrl;
        this.userName = userName;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getUserName() {
        return userName;
    }
}
