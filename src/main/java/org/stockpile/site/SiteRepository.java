package org.stockpile.site;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class SiteRepository implements PanacheRepository<Site> {
}
