package gov.ca.code.codejson.generate;

import java.util.List;

import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

/**
 * The code.gov 2.0.0 inventory around the release: {@code version}, {@code measurementType}
 * ({@code projects} unless set, see {@link GenerationSettings.Builder}) and {@code agency}; its releases are added by the assembler.
 */
final class InventoryMapping {

    private InventoryMapping() {
    }

    static Mapped<Inventory> map(GenerationSettings settings) {
        Trace t = new Trace();
        t.from("/version", Source.derived("the family"));
        t.from("/measurementType", Source.setting(Setting.MEASUREMENT_METHOD));
        // Recorded when absent too: the rule that asks for it must name the setting that gives it.
        t.from("/measurementType/ifOther", Source.setting(Setting.MEASUREMENT_IF_OTHER));
        t.from("/agency", Source.setting(Setting.AGENCY));
        return t.done(new Inventory(Property.of("2.0.0"),
                Property.of(new MeasurementType(Property.of(settings.target().measurementMethod()), Property.of(settings.target().measurementIfOther()), Unknown.NONE)),
                Property.of(settings.target().agency()), Property.of(List.of()), Unknown.NONE));
    }
}
