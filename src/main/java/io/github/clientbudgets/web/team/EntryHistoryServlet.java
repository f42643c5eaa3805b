package io.github.clientbudgets.web.team;

import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.ReaderFormats;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /plugins/servlet/client-budgets/entry-history/{id}}: one time entry's history as sentences, an HTML
 * fragment that the entry's History button puts below its row. 404 for whoever may not read the entry's history
 * (as its REST history answers), for an entry that never was, and for a bad id.
 */
public class EntryHistoryServlet extends TeamPageServlet {
    static final String TEMPLATE = "templates/approvals/entry-history.vm";
    private final EntryHistoryModels models;
    private final I18nText text;

    public EntryHistoryServlet(Permissions permissions, EntryHistoryModels models, PageRenderer pages,
                               ReaderFormats formats, I18nText text) {
        super(permissions, pages, formats, text, TEMPLATE);
        this.models = models;
        this.text = text;
    }

    @Override
    Optional<Object> page(String caller, String segment, String contextPath, Formats formats) {
        OptionalLong id = Ids.parse(segment, Ids.MAX_DIGITS);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(models.entryHistory(caller, id.getAsLong(), text::format, formats));
    }
}
