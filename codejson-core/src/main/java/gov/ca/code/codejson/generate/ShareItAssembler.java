package gov.ca.code.codejson.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.conversion.Ask;
import gov.ca.code.codejson.conversion.ShareItTerms;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.shareit.Contact;
import gov.ca.code.codejson.shareit.License;
import gov.ca.code.codejson.shareit.LicenseName;
import gov.ca.code.codejson.shareit.Permissions;
import gov.ca.code.codejson.shareit.Repository;
import gov.ca.code.codejson.shareit.RepositoryDate;
import gov.ca.code.codejson.shareit.UsageType;
import gov.ca.code.codejson.shareit.Vcs;

import org.jspecify.annotations.Nullable;

/**
 * The SHARE IT per-repository object: the fields every entry has, mapped to the SHARE IT record
 * in its terms ({@link ShareItTerms}, which the migration applies too), then the members only SHARE
 * IT has, then the overlay, which is written in SHARE IT terms. What the terms cannot derive becomes
 * a diagnostic naming the input to set, unless a setting or the overlay gives it.
 */
final class ShareItAssembler {

    /** Where a value to supply comes from when neither it nor a value around it has a source. */
    private static final Source UNSOURCED = Source.derived("the project model or the settings");

    private ShareItAssembler() {
    }

    static Mapped<Built> assemble(ProjectFacts facts, GenerationSettings settings) {
        Trace t = new Trace();
        ReleaseAssembler.Fields fields = t.absorb(ReleaseAssembler.fields(facts, settings, "", true));
        if (fields.date() == null) {
            // Without version control history the dates come from settings, which the ask must name rather than the overlay alone.
            t.fromIfAbsent("/date", Source.setting(Setting.CREATED));
        }
        ShareItMapping.Own own = t.absorb(ShareItMapping.map(facts, settings, fields.usage().shareIt()));
        List<Ask> asks = new ArrayList<>();
        JsonValue.JsonObject mapped = (JsonValue.JsonObject) CodeJson.toJson(repository(fields, asks::add));
        ShareItTerms.requireMembers(name -> mapped.get(name).isPresent(), "", asks::add);
        Mapped<JsonValue.JsonObject> overlaid = OverlayPass.apply(settings.overlay(), JsonMerge.overwrite(mapped, own.values()), "");
        JsonValue.JsonObject repository = t.absorb(overlaid);
        repository = t.absorb(OverlayPass.credentialFree(repository, "", t.provenance(), t.findings()));
        Set<String> settled = new HashSet<>(own.settled());
        settled.addAll(overlaid.provenance().keySet());
        asks.sort(Comparator.comparing(Ask::pointer));
        for (Ask ask : asks) {
            toFill(t, ask, settled, mapped, repository);
        }
        return t.done(new Built(repository, repository, fields.labor().report()));
    }

    /** The fields in SHARE IT terms; the members only SHARE IT has are {@link ShareItMapping}'s. */
    private static Repository repository(ReleaseAssembler.Fields f, Consumer<Ask> asks) {
        return new Repository(Property.of(f.identity().name()), Property.of(f.identity().version()), Property.of(f.description()),
                Property.of(f.status()), Property.of(permissions(f, asks)), Property.of(f.identity().organization()),
                Property.of(f.repository().url()), Property.absent(), Property.of(f.pages().homepageURL()),
                Property.of(f.pages().downloadURL()), Property.of(f.pages().disclaimerURL()), Property.of(f.pages().disclaimerText()),
                vcs(f.repository().vcs(), asks), Property.of(f.labor().laborHours()), Property.absent(),
                ReleaseAssembler.strings(f.labor().languages()), Property.absent(), Property.absent(), Property.absent(),
                Property.absent(), ReleaseAssembler.reusedCode(f.reused()), Property.absent(), date(f.date(), asks),
                ReleaseAssembler.strings(f.tags()), Property.of(new Contact(f.contact().email(), f.contact().name(), Unknown.NONE)),
                Property.absent(), Property.absent(), Unknown.NONE);
    }

    private static Permissions permissions(ReleaseAssembler.Fields f, Consumer<Ask> asks) {
        List<String> usage = f.usage().shareIt();
        List<Property<License>> licenses = new ArrayList<>();
        for (int i = 0; i < f.licenses().licenses().size(); i++) {
            licenses.add(Property.of(license(f.licenses().licenses().get(i).value().orElseThrow(),
                    JsonPointer.append("/permissions/licenses", i), asks)));
        }
        boolean empty = licenses.isEmpty()
                && ShareItTerms.noLicenses(usage.contains(UsageType.OPEN_SOURCE.json()), "/permissions", asks);
        ShareItTerms.usageTypes(usage, "/permissions", asks);
        return new Permissions(licenses.isEmpty() && !empty ? Property.absent() : Property.of(licenses),
                usage.isEmpty() ? Property.absent() : Property.of(usage.stream().map(u -> ModelBinder.enumValue(UsageType.class, u)).toList()),
                Property.of(f.usage().exemptionText()), Unknown.NONE);
    }

    private static License license(gov.ca.code.codejson.codegov.License license, String at, Consumer<Ask> asks) {
        String name = license.name().value().orElse(null);
        String url = license.url().value().orElse(null);
        LicenseName shareIt = ShareItTerms.licenseName(name, url, at, asks).name();
        if (url == null) {
            ShareItTerms.licenseUrlMissing(at, asks);
        }
        return new License(shareIt != null ? Property.of(shareIt) : name == null ? Property.absent()
                : ModelBinder.enumValue(LicenseName.class, name), Property.of(url), Unknown.NONE);
    }

    private static Property<Vcs> vcs(@Nullable String vcs, Consumer<Ask> asks) {
        Vcs shareIt = ShareItTerms.vcs(vcs, "", asks);
        return shareIt != null ? Property.of(shareIt) : vcs == null ? Property.absent() : ModelBinder.enumValue(Vcs.class, vcs);
    }

    private static Property<RepositoryDate> date(@Nullable ReleaseDate date, Consumer<Ask> asks) {
        if (date == null) {
            ShareItTerms.datesMissing("", asks);
            return Property.absent();
        }
        return Property.of(new RepositoryDate(dateTime(date.created()), dateTime(date.lastModified()),
                dateTime(date.metadataLastUpdated()), Unknown.NONE));
    }

    private static Property<String> dateTime(Property<String> date) {
        return date.value().map(ShareItTerms::dateTime).map(Property::of).orElse(date);
    }

    /** A value the terms could not derive, unless a setting or the overlay has given it since. */
    private static void toFill(Trace t, Ask ask, Set<String> settled, JsonValue.JsonObject mapped, JsonValue.JsonObject repository) {
        String pointer = ask.pointer();
        boolean given = settled.stream().anyMatch(s -> pointer.equals(s) || pointer.startsWith(s + "/"))
                || !OverlayPass.present(mapped, pointer) && OverlayPass.present(repository, pointer);
        boolean reported = t.findings().stream().anyMatch(f -> f.isError() && f.field().equals(pointer));
        if (given || reported) {
            return;
        }
        Source source = sourceOf(t, pointer);
        String message = source.kind() == Source.Kind.DERIVED
                ? ask.message() + "; it cannot be derived from " + source.name() + ", so give it in the overlay file"
                : pointer.equals("/date") && source.equals(Source.setting(Setting.CREATED))
                ? ask.message() + "; with no version control history, set created and lastModified (YYYY-MM-DD), and the"
                        + " build's reproducible timestamp for metadataLastUpdated, or give it in the overlay file"
                : ask.message();
        t.report(ask.severity(), ask.severity() == Severity.ERROR ? "generate.shareit-unmapped" : "generate.shareit-review",
                pointer, source, message);
    }

    private static Source sourceOf(Trace t, String pointer) {
        List<String> tokens = JsonPointer.tokens(pointer);
        for (int n = tokens.size(); n > 0; n--) {
            String prefix = "";
            for (int i = 0; i < n; i++) {
                prefix = JsonPointer.append(prefix, tokens.get(i));
            }
            Source s = t.provenance().get(prefix);
            if (s != null) {
                return s;
            }
        }
        return UNSOURCED;
    }
}
