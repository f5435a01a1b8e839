package org.stockpile.custody;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CustodyEventRepository implements PanacheRepository<CustodyEvent> {
}
