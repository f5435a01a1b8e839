package org.stockpile.ammo;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AmmunitionItemRepository implements PanacheRepository<AmmunitionItem> {
}
