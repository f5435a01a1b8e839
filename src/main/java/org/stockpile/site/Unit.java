package org.stockpile.site;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A formation that draws ammunition as a body (a company, a squadron, a tactical group), known nationally by its
 * code, so that ammunition is issued to a unit that exists rather than to a name typed at the counter.
 */
@Entity
@Table(name = "unit")
public class Unit extends CodedRecord {
}
