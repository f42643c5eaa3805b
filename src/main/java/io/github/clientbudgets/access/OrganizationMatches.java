package io.github.clientbudgets.access;

import io.github.clientbudgets.access.OrganizationDirectory.Organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds organizations by name through a paged source (JSM filters organizations by service desk only, not by name):
 * reads page after page, keeps those whose name contains the query ignoring case, and stops once it has one more than
 * the cap (so it knows there are more), the source has no next page, or it has read {@code maxRead} organizations.
 */
final class OrganizationMatches {
    private OrganizationMatches() {
    }

    /** A page of the source: its organizations and whether another page follows. */
    record Page(List<Organization> organizations, boolean hasNext) {
    }

    /** The source: the page that starts at {@code start}, of {@code size} organizations at most. */
    interface Source {
        Page page(int start, int size);
    }

    static OrganizationDirectory.Found find(Source source, String query, int cap, int pageSize, int maxRead) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Organization> matches = new ArrayList<>();
        int read = 0;
        boolean more = false;
        while (true) {
            Page page = source.page(read, pageSize);
            for (Organization o : page.organizations()) {
                if (o.name() != null && o.name().toLowerCase(Locale.ROOT).contains(needle)) {
                    if (matches.size() == cap) {
                        return new OrganizationDirectory.Found(true, true, matches, true);
                    }
                    matches.add(o);
                }
            }
            read += page.organizations().size();
            if (!page.hasNext() || page.organizations().isEmpty()) {
                break;
            }
            if (read >= maxRead) {
                more = true; // organizations left unread: there may be more matches
                break;
            }
        }
        return new OrganizationDirectory.Found(true, true, matches, more);
    }
}
