package org.stockpile.custody;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PendingOperationRepository implements PanacheRepositoryBase<PendingOperation, UUID> {
}
