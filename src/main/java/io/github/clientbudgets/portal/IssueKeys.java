package io.github.clientbudgets.portal;

import java.util.Collection;
import java.util.Map;

/** Issue keys by issue id, for one page of entries at a time. */
public interface IssueKeys {
    Map<Long, String> keys(Collection<Long> issueIds);
}
