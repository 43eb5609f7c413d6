package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails when a capability reaches into another's internals or modules depend on each other in a cycle. */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(NamndflodeApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void theCapabilitiesAreSeparateModules() {
        // Guards the check above against passing vacuously (e.g. if the packages stopped being detected).
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("organisation", "shared", "home", "demo", "registry", "matter", "tasks", "goal", "meeting",
                        "minutes", "assignment");
        assertThat(MODULES.getModuleByName("organisation").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("shared").doesNotContain("home", "demo");
        assertThat(MODULES.getModuleByName("registry").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("organisation", "shared")
                .doesNotContain("home", "demo", "matter", "tasks");
        assertThat(MODULES.getModuleByName("tasks").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("matter", "registry", "shared").doesNotContain("home", "demo");
        assertThat(MODULES.getModuleByName("matter").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).doesNotContain("tasks", "meeting");
        // Meetings tell the matters' processes the board's handling; the task lists show the meetings' tasks.
        assertThat(MODULES.getModuleByName("meeting").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("matter", "registry", "organisation", "shared")
                .doesNotContain("tasks", "home", "demo", "goal");
        assertThat(MODULES.getModuleByName("tasks").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("meeting");
        // Goals listen to the board's decision (matter) and read municipalities (organisation); nothing they
        // need flows the other way.
        assertThat(MODULES.getModuleByName("goal").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("matter", "organisation", "shared")
                .doesNotContain("home", "demo", "tasks", "registry");
        // The minutes move the meeting on (justered, notice posted) and tell the matters the day of the notice;
        // neither the meeting nor the matter knows of the minutes.
        assertThat(MODULES.getModuleByName("minutes").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("meeting", "matter", "organisation", "shared")
                .doesNotContain("tasks", "home", "demo", "goal");
        for (String module : new String[] {"organisation", "registry", "matter", "meeting"}) {
            assertThat(MODULES.getModuleByName(module).orElseThrow().getDependencies(MODULES,
                    DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                            .toString())).doesNotContain("minutes");
        }
        for (String module : new String[] {"organisation", "registry", "matter", "tasks"}) {
            assertThat(MODULES.getModuleByName(module).orElseThrow().getDependencies(MODULES,
                    DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                            .toString())).doesNotContain("goal");
        }
    }

    @Test
    void assignmentsBuildOnTheOtherCapabilitiesAndNoneOnThem() {
        // Assignments link to goals, start board matters through the registry and hear their decisions; the
        // capabilities they use know nothing of them (goals reach them only through AssignmentDeviations).
        assertThat(MODULES.getModuleByName("assignment").orElseThrow().getDependencies(MODULES,
                DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                        .toString())).contains("goal", "organisation", "registry", "shared")
                .doesNotContain("home", "demo");
        for (String module : new String[] {"organisation", "registry", "matter", "tasks", "goal", "meeting"}) {
            assertThat(MODULES.getModuleByName(module).orElseThrow().getDependencies(MODULES,
                    DependencyType.values()).stream().map(dependency -> dependency.getTargetModule().getIdentifier()
                            .toString())).as(module).doesNotContain("assignment");
        }
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
