package org.stockpile.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Names invalid fields as the API names them. A record's reference to another record (a weapon's {@code site})
 * is given in requests by the other record's code ({@code siteCode}), so a violation on it names that field.
 */
@ApplicationScoped
public class ApiFieldNames implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.propertyNodeNameProvider(ApiFieldNames::name);
    }

    static String name(Property property) {
        if (property instanceof JavaBeanProperty bean && refersToRecord(bean.getDeclaringClass(), property.getName())) {
            return property.getName() + "Code";
        }
        return property.getName();
    }

    private static boolean refersToRecord(Class<?> type, String name) {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            try {
                return declaring.getDeclaredField(name).getType().isAnnotationPresent(Entity.class);
            } catch (NoSuchFieldException notHere) {
                // declared further up the hierarchy, if anywhere
            }
        }
        return false;
    }
}
