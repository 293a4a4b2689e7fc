package gov.ca.code.codejson.generate;

import java.util.List;

/** {@code tags}: the setting, stripped, blanks left out. */
final class TagsMapping {

    private TagsMapping() {
    }

    static Mapped<List<String>> map(GenerationSettings settings, String base) {
        return new Trace().from(base + "/tags", Source.setting(Setting.TAGS)).done(settings.release().tags());
    }
}
