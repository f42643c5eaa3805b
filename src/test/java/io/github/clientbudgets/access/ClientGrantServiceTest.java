package io.github.clientbudgets.access;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Client grants on H2 and PostgreSQL: rights first, one grant per grantee, revocation, validation. */
class ClientGrantServiceTest {
    private static ClientGrantService service(ActiveObjects ao) {
        FakePermissions permissions = new FakePermissions().project(10, "ACME").project(20, "GLOBEX")
                .admin("pm", 10).browser("dev", 10).user("client").user("other");
        return new ClientGrantService(ao, permissions, new AoAuditTrail(ao));
    }

    @AoTest
    void pmsGrantOncePerGranteeAndRevoke(ActiveObjects ao) {
        ClientGrantService grants = service(ao);
        ClientGrant client = grants.grant("pm", "ACME", "client", null);
        ClientGrant again = grants.grant("pm", "ACME", "client", null);
        ClientGrant organization = grants.grant("pm", "ACME", null, 7);

        assertEquals(client.id(), again.id());
        assertEquals(List.of(client, organization), grants.grants("pm", "ACME"));
        grants.revoke("pm", client.id());
        assertEquals(List.of(organization), grants.grants("pm", "ACME"));
        assertThrows(NotFoundException.class, () -> grants.revoke("pm", client.id()));
    }

    @AoTest
    void whoAsksComesFirst(ActiveObjects ao) {
        ClientGrantService grants = service(ao);
        ClientGrant client = grants.grant("pm", "ACME", "client", null);
        assertThrows(ForbiddenException.class, () -> grants.grants("dev", "ACME"));
        assertThrows(ForbiddenException.class, () -> grants.revoke("dev", client.id()));
        assertThrows(NotFoundException.class, () -> grants.grants("pm", "GLOBEX"), "pm can't browse GLOBEX here");
        assertThrows(NotFoundException.class, () -> grants.grants("client", "ACME"));
        assertThrows(NotFoundException.class, () -> grants.grants("pm", "NOPE"));
    }

    @AoTest
    void badGrantsAreRefusedAndWriteNothing(ActiveObjects ao) {
        ClientGrantService grants = service(ao);
        assertThrows(ValidationException.class, () -> grants.grant("pm", "ACME", null, null));
        assertThrows(ValidationException.class, () -> grants.grant("pm", "ACME", "client", 3));
        assertThrows(ValidationException.class, () -> grants.grant("pm", "ACME", "ghost", null));
        assertThrows(ValidationException.class, () -> grants.grant("pm", "ACME", null, 0));
        assertEquals(List.of(), grants.grants("pm", "ACME"));
    }

    /** The invariant is the database's: a second row for the same grantee and project is refused (H2, PostgreSQL). */
    @AoTest
    void theDatabaseKeepsOneRowPerGrantee(ActiveObjects ao) {
        ClientGrant client = service(ao).grant("pm", "ACME", "client", null);
        assertEquals("10:u:client", ao.get(ClientGrantEntity.class, (int) client.id()).getGrantKey());
        assertThrows(RuntimeException.class, () -> ao.create(ClientGrantEntity.class,
                new net.java.ao.DBParam(ClientGrantEntity.PROJECT_ID, 10L),
                new net.java.ao.DBParam(ClientGrantEntity.USER_KEY, "client"),
                new net.java.ao.DBParam(ClientGrantEntity.GRANT_KEY, "10:u:client")));
        assertEquals(1, service(ao).grants("pm", "ACME").size());
    }

    /** The Client Manager flag: PMs only, one column, audited when it changes; organizations make their members managers. */
    @AoTest
    void pmsMakeAGranteeAClientManager(ActiveObjects ao) {
        ClientGrantService grants = service(ao);
        ClientGrant client = grants.grant("pm", "ACME", "client", null);
        ClientGrant organization = grants.grant("pm", "ACME", null, 7);
        ClientManagers managers = new ClientManagers(ao, (user, ids) -> user.equals("member") && ids.contains(7)
                ? java.util.Set.of(7) : java.util.Set.of());
        assertEquals(false, client.clientManager());
        assertEquals(false, managers.isClientManager("client", 10));

        assertEquals(true, grants.setClientManager("pm", client.id(), true).clientManager());
        assertEquals(true, grants.setClientManager("pm", client.id(), true).clientManager(), "again: no change");
        grants.setClientManager("pm", organization.id(), true);
        assertEquals(true, managers.isClientManager("client", 10));
        assertEquals(true, managers.isClientManager("member", 10), "a member of the flagged organization");
        assertEquals(false, managers.isClientManager("other", 10));
        assertEquals(false, managers.isClientManager("client", 20), "another project");
        long audited = new io.github.clientbudgets.audit.AoAuditTrail(ao).forObject(io.github.clientbudgets.audit.AuditSubject.CLIENT_GRANT,
                client.id()).stream().filter(r -> r.action().equals("UPDATED") && "clientManager".equals(r.field())).count();
        assertEquals(1, audited, "audited once: the second call changed nothing");

        assertThrows(ForbiddenException.class, () -> grants.setClientManager("dev", client.id(), false));
        assertThrows(NotFoundException.class, () -> grants.setClientManager("client", client.id(), false));
        assertThrows(NotFoundException.class, () -> grants.setClientManager("pm", 999_999, false));
        assertEquals(true, grants.grants("pm", "ACME").get(0).clientManager(), "the refused calls changed nothing");
        grants.setClientManager("pm", client.id(), false);
        assertEquals(false, managers.isClientManager("client", 10));
    }
}
