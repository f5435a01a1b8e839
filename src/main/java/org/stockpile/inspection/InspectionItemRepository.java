package org.stockpile.inspection;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class InspectionItemRepository implements PanacheRepository<InspectionItem> {
}
