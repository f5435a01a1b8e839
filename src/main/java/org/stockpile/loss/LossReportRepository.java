package org.stockpile.loss;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class LossReportRepository implements PanacheRepository<LossReport> {
}
