package org.stockpile.stocktake;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class StocktakeRepository implements PanacheRepository<Stocktake> {
}
