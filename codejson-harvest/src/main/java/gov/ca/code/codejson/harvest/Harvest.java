package gov.ca.code.codejson.harvest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.merge.MergeResult;

/**
 * The result of a harvest: each agency's status, each agency's inventory and the statewide one.
 */
public final class Harvest {

    private final Registry registry;
    private final List<AgencyStatus> agencies;
    private final Map<String, MergeResult> agencyInventories;
    private final MergeResult statewide;
    private final List<String> mergeProblems;

    Harvest(Registry registry, List<AgencyStatus> agencies, Map<String, MergeResult> agencyInventories, MergeResult statewide,
            List<String> mergeProblems) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.agencies = List.copyOf(agencies);
        this.agencyInventories = Map.copyOf(agencyInventories);
        this.statewide = statewide;
        this.mergeProblems = List.copyOf(mergeProblems);
    }

    /** {@return the registry harvested} */
    public Registry registry() {
        return registry;
    }

    /** {@return every agency's status, in registry order} */
    public List<AgencyStatus> agencies() {
        return agencies;
    }

    /**
     * The inventory of one agency: its files merged, invalid entries kept.
     *
     * @param id the agency identifier
     * @return the inventory, or empty when no file of the agency could be read
     */
    public Optional<MergeResult> agencyInventory(String id) {
        return Optional.ofNullable(agencyInventories.get(id));
    }

    /** {@return the statewide inventory, or empty when no file could be read or the merge failed (see {@link #mergeProblems})} */
    public Optional<MergeResult> statewide() {
        return Optional.ofNullable(statewide);
    }

    /** {@return why the statewide merge failed, empty when it did not} */
    public List<String> mergeProblems() {
        return mergeProblems;
    }

    /** {@return whether some agency could not be fetched or read in this harvest} */
    public boolean someUnreachable() {
        return agencies.stream().anyMatch(a -> !a.reachable());
    }

    /** {@return whether some file used has validation errors} */
    public boolean someInvalid() {
        return agencies.stream().anyMatch(a -> !a.valid());
    }
}
