package org.stockpile.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.stockpile.custody.CustodyEvent;
import org.stockpile.custody.CustodyEventRepository;
import org.stockpile.security.CurrentUser;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.training.Certificate;
import org.stockpile.training.CertificateRepository;
import org.stockpile.training.Enrolment;
import org.stockpile.training.TrainingSession;

/**
 * Training reports over the caller's scope: people trained (by force, region, year and course), certificates about
 * to run out, and the custody operations a commander let through without the certification they needed.
 */
@ApplicationScoped
public class TrainingReportService {

    /** What the people trained can be counted by, with the query's expression for each. */
    public enum Dimension {
        YEAR("extract(year from s.endsOn)"),
        FORCE("p.force.code"),
        REGION("s.region.code"),
        COURSE("s.course.code");

        private final String expression;

        Dimension(String expression) {
            this.expression = expression;
        }
    }

    /** Which passes to count: years of the sessions' last day (inclusive) and a course; null or blank: any. */
    public record TrainedCriteria(Integer fromYear, Integer toYear, String courseCode) {
    }

    private final EntityManager entities;
    private final CertificateRepository certificates;
    private final CustodyEventRepository events;
    private final CurrentUser user;
    private final Clock clock;

    TrainingReportService(EntityManager entities, CertificateRepository certificates, CustodyEventRepository events,
            CurrentUser user, Clock clock) {
        this.entities = entities;
        this.certificates = certificates;
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Distinct persons who passed a closed session held at a place in scope, grouped by {@code by} (in that order;
     * none: one line, the total), most recent year first.
     */
    public List<TrainingReports.TrainedLine> trained(Set<Dimension> by, TrainedCriteria criteria) {
        Filter filter = new Filter()
                .within((site, parameters) -> user.scope().placeCondition(site, "s.region.code", parameters), "s.site")
                .equal("s.status", TrainingSession.Status.CLOSED).equal("e.outcome", Enrolment.Outcome.PASSED)
                .since(Dimension.YEAR.expression, criteria.fromYear())
                .equal("s.course.code", criteria.courseCode());
        if (criteria.toYear() != null) {
            filter.before(Dimension.YEAR.expression, criteria.toYear() + 1);
        }
        List<String> groups = by.stream().map(d -> d.expression).toList();
        String columns = groups.isEmpty() ? "" : String.join(", ", groups) + ", ";
        String grouping = groups.isEmpty() ? "" : " group by " + String.join(", ", groups)
                + " order by " + String.join(", ", groups.stream().map(g -> g.equals(Dimension.YEAR.expression)
                        ? g + " desc" : g).toList());
        TypedQuery<Object[]> query = entities.createQuery("select " + columns + "count(distinct p.id) from Enrolment e "
                + "join e.session s join e.person p where " + filter.query() + grouping, Object[].class);
        filter.parameters().forEach(query::setParameter);
        List<TrainingReports.TrainedLine> lines = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Map<Dimension, Object> values = new EnumMap<>(Dimension.class);
            int i = 0;
            for (Dimension dimension : by) {
                values.put(dimension, row[i++]);
            }
            Number year = (Number) values.get(Dimension.YEAR);
            lines.add(new TrainingReports.TrainedLine(year == null ? null : year.intValue(),
                    (String) values.get(Dimension.FORCE), (String) values.get(Dimension.REGION),
                    (String) values.get(Dimension.COURSE), ((Number) row[i]).longValue()));
        }
        return lines;
    }

    /**
     * Certificates of persons in scope, valid today, whose last valid day is within {@code days}, soonest first;
     * a certificate renewed by a later one for the same course is not listed.
     */
    public List<TrainingReports.ExpiringCertificate> expiring(int days) {
        LocalDate today = LocalDate.now(clock);
        Filter filter = new Filter().within(user.scope(), "p.site");
        Map<String, Object> parameters = filter.parameters();
        parameters.put("today", today);
        parameters.put("until", today.plusDays(days));
        List<Certificate> found = certificates.find("from Certificate c join fetch c.person p join fetch p.site "
                + "join fetch c.course where c.issuedOn <= :today and c.validThrough >= :today "
                + "and c.validThrough <= :until and (c.revokedOn is null or c.revokedOn > :today) and not exists ("
                + "select 1 from Certificate r where r.person = c.person and r.course = c.course "
                + "and r.revokedOn is null and r.validThrough > c.validThrough) and " + filter.query()
                + " order by c.validThrough, c.number", parameters).list();
        return found.stream().map(c -> new TrainingReports.ExpiringCertificate(c.number, c.person.fullName(),
                c.person.serviceNumber, c.person.site.code, c.course.code, c.validThrough,
                ChronoUnit.DAYS.between(today, c.validThrough))).toList();
    }

    /**
     * Each item of a custody operation at a site in scope that a commander let through without the certification it
     * needed, the latest first; with {@code from} and {@code to}, those recorded on those days (inclusive).
     */
    public List<TrainingReports.OverrideLine> overrides(LocalDate from, LocalDate to) {
        Filter filter = new Filter().within(user.scope(), "e.site")
                .since("e.serverTime", from == null ? null : from.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .before("e.serverTime", to == null ? null
                        : to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        List<CustodyEvent> found = events.find("from CustodyEvent e join fetch e.site left join fetch e.weapon "
                + "left join fetch e.lot left join fetch e.person where e.overrideReason is not null and "
                + filter.query() + " order by e.serverTime desc, e.id desc", filter.parameters()).list();
        return found.stream().map(TrainingReportService::overrideLine).toList();
    }

    private static TrainingReports.OverrideLine overrideLine(CustodyEvent e) {
        String itemTag = e.weapon != null ? TagCode.of(TagCode.Kind.WEAPON, e.weapon.id).value()
                : TagCode.of(TagCode.Kind.AMMUNITION_LOT, e.lot.id).value();
        String serialOrLot = e.weapon != null ? e.weapon.manufacturerSerial : e.lot.lotNumber;
        return new TrainingReports.OverrideLine(e.serverTime, e.site.code, e.siteSeq, e.type, itemTag,
                serialOrLot, e.person == null ? null : e.person.fullName(), e.requestedBy, e.approvedBy,
                e.overrideReason, e.overrideFindings);
    }
}
