package org.stockpile.inspection;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.stockpile.site.Site;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * A physical-security inspection of a site: the national checklist as it stood when it opened, each item assessed by
 * the inspector who opened it, who alone closes it. Once closed, what it found never changes; only its corrective
 * actions are followed up.
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    public enum Status {
        OPEN, CLOSED
    }

    public static final int MAX_REMARKS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(nullable = false)
    public String openedBy;

    @Column(nullable = false)
    public OffsetDateTime openedAt;

    public OffsetDateTime closedAt;

    public String remarks;

    @Version
    public long version;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<InspectionItem> items = new ArrayList<>();

    /** An inspection opened from {@code checklist}, whose items it copies as they are now. */
    static Inspection open(Site site, List<ChecklistItem> checklist, String inspector, OffsetDateTime at) {
        Inspection inspection = new Inspection();
        inspection.site = site;
        inspection.openedBy = inspector;
        inspection.openedAt = at;
        for (ChecklistItem template : checklist) {
            InspectionItem item = new InspectionItem();
            item.inspection = inspection;
            item.position = template.position;
            item.code = template.code;
            item.titleFr = template.titleFr;
            item.titleEn = template.titleEn;
            inspection.items.add(item);
        }
        return inspection;
    }

    /** What it found is written only while it is open, and only by the inspector who opened it. */
    void requireRecordableBy(String user) {
        if (status != Status.OPEN) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.inspection.closed", id);
        }
        if (!Objects.equals(openedBy, user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.inspection.not-the-inspector", openedBy);
        }
    }

    /** The item of this inspection with {@code code}; 404 otherwise. */
    InspectionItem item(String code) {
        return items.stream().filter(item -> item.code.equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(InspectionItem.RECORD, code));
    }

    /**
     * Closes it once every item is assessed (422 naming those that are not): from then on, its failures' corrective
     * actions are due.
     */
    void close(String user, String closingRemarks, OffsetDateTime at) {
        requireRecordableBy(user);
        List<ProblemException.Item> unassessed = items.stream().filter(item -> item.result == null)
                .map(item -> new ProblemException.Item(item.code, null, null, "problem.inspection.unassessed"))
                .toList();
        if (!unassessed.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "items", unassessed,
                    "problem.inspection.unassessed-items", unassessed.size());
        }
        status = Status.CLOSED;
        remarks = closingRemarks;
        closedAt = at;
    }
}
