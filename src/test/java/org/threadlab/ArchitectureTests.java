package org.threadlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the simulation core and the command line free of Spring, JPA and the web layer. */
class ArchitectureTests {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.threadlab");

    @Test
    void simulationCoreDependsOnNeitherSpringNorJpaNorWeb() {
        noClasses().that().resideInAnyPackage(
                        "org.threadlab.kernel..", "org.threadlab.cc..", "org.threadlab.vm..",
                        "org.threadlab.explore..", "org.threadlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "org.threadlab.web..")
                .because("the kernel, compiler, VM, explorer and command line run without Spring")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }
}
