package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.access.ClientGrant;
import io.github.clientbudgets.permission.UserRef;
import io.github.clientbudgets.testing.FakePermissions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GrantJsonMapperTest {
    private final GrantJsonMapper mapper = new GrantJsonMapper(new FakePermissions().user("client"));

    @Test
    void aUserGrantNamesTheUserAndAnOrganizationGrantHasNoUser() {
        assertEquals("{\"id\":1,\"projectId\":10,\"userKey\":\"client\",\"userName\":\"CLIENT\",\"organizationId\":null,\"clientManager\":true}",
                Json.of(mapper.grant(new ClientGrant(1, 10, "client", null, "pm", true))));
        assertEquals("{\"id\":2,\"projectId\":10,\"userKey\":null,\"userName\":null,\"organizationId\":4,\"clientManager\":false}",
                Json.of(mapper.grant(new ClientGrant(2, 10, null, 4, "pm"))));
    }

    @Test
    void aSearchHitWithoutEmail() {
        assertEquals("{\"key\":\"c2\",\"displayName\":\"Client Two\",\"email\":null}",
                Json.of(mapper.user(new UserRef("c2", "Client Two", null))));
    }
}
