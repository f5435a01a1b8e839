package org.stockpile.site;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {
}
