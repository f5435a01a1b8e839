package org.stockpile.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

    /** How many are enrolled in each of {@code sessions}, by session id, in one query. */
    Map<Long, Long> countsBySession(Collection<TrainingSession> sessions) {
        Map<Long, Long> counts = new HashMap<>();
        if (!sessions.isEmpty()) {
            getEntityManager().createQuery("select e.session.id, count(e) from Enrolment e "
                    + "where e.session in :sessions group by e.session.id", Object[].class).setParameter("sessions", sessions).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }
}
