package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.clientbudgets.access.OrganizationDirectory;

import java.util.List;

/**
 * The grant form's organization search: whether JSM is installed and the project a service desk, the organizations
 * whose name matched (at most 20) and whether there are more.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganizationsJson(
        @JsonProperty("jsmInstalled") boolean jsmInstalled,
        @JsonProperty("serviceDesk") boolean serviceDesk,
        @JsonProperty("organizations") List<OrganizationJson> organizations,
        @JsonProperty("more") boolean more) {

    /** One organization: JSM's id (what a grant names) and its name. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OrganizationJson(@JsonProperty("id") int id, @JsonProperty("name") String name) {
    }

    public static OrganizationsJson of(OrganizationDirectory.Found found) {
        return new OrganizationsJson(found.jsmInstalled(), found.serviceDesk(), found.organizations().stream()
                .map(o -> new OrganizationJson(o.id(), o.name())).toList(), found.more());
    }
}
