package org.anslag.shared.infrastructure;

import jakarta.persistence.EntityManager;

/**
 * Row locks taken with a plain {@code SELECT ... FOR UPDATE} before the entity is read, so a
 * second request waits for the first and then reads what it committed. (Hibernate locks an entity
 * with eager collections by a follow-on version check, which fails instead of waiting.)
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Locks the row until the transaction ends; the table name is a constant of the caller. */
    public static void lock(EntityManager em, String table, long id) {
        em.createNativeQuery("select id from " + table + " where id = ? for update")
                .setParameter(1, id)
                .getResultList();
    }
}
