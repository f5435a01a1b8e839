package org.stockpile.training;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class TrainingSessionRepository implements PanacheRepository<TrainingSession> {
}
