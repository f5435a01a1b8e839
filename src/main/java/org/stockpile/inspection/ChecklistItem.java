package org.stockpile.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of the national physical-security checklist, in French and English, that every inspection starts from. */
@Entity
@Table(name = "inspection_checklist_item")
public class ChecklistItem {

    @Id
    public String code;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String titleFr;

    @Column(nullable = false)
    public String titleEn;

    @Column(nullable = false)
    public boolean active;
}
