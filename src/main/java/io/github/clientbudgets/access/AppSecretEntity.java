package io.github.clientbudgets.access;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A secret of this installation (such as the key that signs the unsubscribe links of client mails), kept in the
 * database so every node signs and checks with the same one. The unique name makes the first one stored win when two
 * nodes make it at once.
 */
@Preload
@Table("APP_SECRET")
public interface AppSecretEntity extends Entity {
    String NAME = "NAME";
    String SECRET = "SECRET";

    /** What the secret is for; unique (AO makes a unique column NOT NULL: every insert sets it). */
    @Unique
    @StringLength(64)
    String getName();

    void setName(String name);

    /** The secret, base64. */
    @NotNull
    @StringLength(128)
    String getSecret();

    void setSecret(String secret);
}
