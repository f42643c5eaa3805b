package io.github.clientbudgets.access;

import io.github.clientbudgets.access.OrganizationDirectory.Organization;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding organizations by name through JSM's pages: filter, cap, the pages read and when there are more. */
class OrganizationMatchesTest {
    private final List<Integer> starts = new ArrayList<>();

    /** A JSM answering {@code count} organizations "Org 0".."Org n-1", a page at a time. */
    private OrganizationMatches.Source jsm(int count) {
        return (start, size) -> {
            starts.add(start);
            List<Organization> page = IntStream.range(start, Math.min(start + size, count))
                    .mapToObj(i -> new Organization(i, i == 7 ? "Acme & Söhne" : "Org " + i)).toList();
            return new OrganizationMatches.Page(page, start + size < count);
        };
    }

    @Test
    void keepsTheNamesContainingTheQueryIgnoringCaseAcrossPages() {
        OrganizationDirectory.Found found = OrganizationMatches.find(jsm(120), "SÖHNE", 20, 50, 2000);
        assertEquals(List.of(new Organization(7, "Acme & Söhne")), found.organizations());
        assertFalse(found.more());
        assertEquals(List.of(0, 50, 100), starts, "every page read, none twice");
    }

    @Test
    void stopsAtOneMoreThanTheCap() {
        OrganizationDirectory.Found found = OrganizationMatches.find(jsm(120), "org", 20, 50, 2000);
        assertEquals(20, found.organizations().size());
        assertTrue(found.more());
        assertEquals(List.of(0), starts, "the first page had enough");
        assertEquals(List.of(), OrganizationMatches.find(jsm(0), "", 20, 50, 2000).organizations());
    }

    @Test
    void readsNoMoreThanItMayAndSaysThereMayBeMore() {
        OrganizationDirectory.Found found = OrganizationMatches.find(jsm(500), "org 1", 20, 50, 100);
        assertEquals(11, found.organizations().size(), "Org 1 and Org 10..19 of the first hundred");
        assertTrue(found.more(), "Org 100.. were left unread");
        assertEquals(List.of(0, 50), starts);
    }
}
