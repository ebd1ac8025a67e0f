package io.intervu.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Proof that a user's data was erased here (accountability for the erasure request), without the data. */
@Entity
@Table(name = "erasure_record")
public class ErasureRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "rows_erased", nullable = false)
    public long rowsErased;

    @Column(name = "erased_at", nullable = false)
    public OffsetDateTime erasedAt;
}
