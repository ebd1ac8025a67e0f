package io.intervu.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A registered person. Username and email are unique ignoring case. */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String email;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "email_confirmed", nullable = false)
    public boolean emailConfirmed;

    @Column(nullable = false)
    public boolean admin;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt;

    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        groups.add("user");
        if (admin) {
            groups.add("admin");
        }
        return groups;
    }
}
