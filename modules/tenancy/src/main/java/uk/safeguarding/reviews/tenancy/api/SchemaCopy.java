package uk.safeguarding.reviews.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Copies rows of one table from one partnership's schema to another's, in the caller's transaction,
 * for the deliberate moves of issue 6 (a review handed over with everything done on it). Every
 * column is copied as it is unless an override gives the SQL for it; the column list is read from
 * the catalogue, so a column added later is copied too rather than silently dropped.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SchemaCopy {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    /**
     * @param where SQL over the source table, aliased {@code t}, with positional parameters
     * @param overrides column name to the SQL giving its value in the copy (may use {@code t} and parameters)
     * @return the rows copied
     */
    public int copy(ActiveTenant from, ActiveTenant to, String table, String where, Map<String, String> overrides,
            Object... parameters) {
        checkName(table);
        overrides.keySet().forEach(SchemaCopy::checkName);
        @SuppressWarnings("unchecked")
        List<Object> columns = em.createNativeQuery("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = ?1 AND table_name = ?2 ORDER BY ordinal_position")
                .setParameter(1, from.schemaName()).setParameter(2, table).getResultList();
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + table + " in " + from.slug());
        }
        List<String> names = columns.stream().map(Object::toString).toList();
        if (!names.containsAll(overrides.keySet())) {
            throw new IllegalArgumentException("Unknown column among " + overrides.keySet() + " in " + table);
        }
        String target = names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        String source = names.stream().map(name -> overrides.getOrDefault(name, "t.\"" + name + "\""))
                .collect(Collectors.joining(", "));
        Query insert = em.createNativeQuery("INSERT INTO " + to.schemaName() + "." + table + " (" + target + ") SELECT "
                + source + " FROM " + from.schemaName() + "." + table + " t WHERE " + where);
        for (int i = 0; i < parameters.length; i++) {
            insert.setParameter(i + 1, parameters[i]);
        }
        return insert.executeUpdate();
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL name: " + name);
        }
    }
}
