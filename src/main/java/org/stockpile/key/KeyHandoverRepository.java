package org.stockpile.key;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class KeyHandoverRepository implements PanacheRepository<KeyHandover> {
}
