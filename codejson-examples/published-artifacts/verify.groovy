import java.util.jar.JarFile
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathFactory

// Plain DOM and XPath of the JDK; without namespaces, /project/name names the POM's elements.
def xpath = XPathFactory.newInstance().newXPath()
def parse = { InputStream input -> input.withCloseable { DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(it) } }
def text = { doc, String path -> xpath.evaluate(path, doc).trim() }

File root = new File(basedir, '../..').canonicalFile
def rootPom = parse(new FileInputStream(new File(root, 'pom.xml')))
String version = text(rootPom, '/project/version')
String license = new File(root, 'LICENSE').getText('UTF-8')
String notice = new File(root, 'NOTICE').getText('UTF-8')
assert license.contains('Apache License') && license.contains('Version 2.0')

def problems = []

// Each published POM, with what it inherits from the parent: Central's required elements.
for (String module : ['codejson-bom', 'codejson-core', 'codejson-git', 'codejson-scan', 'codejson-harvest', 'codejson-site', 'codejson-cli', 'codejson-maven-plugin']) {
    def pom = parse(new FileInputStream(new File(root, module + '/pom.xml')))
    boolean inherits = text(pom, '/project/parent/artifactId') == 'codejson-parent'
    def value = { String path -> text(pom, path) ?: (inherits ? text(rootPom, path) : '') }
    // name is never inherited, and each module says what it is itself.
    for (String element : ['name', 'description']) {
        if (!text(pom, "/project/$element")) problems << "$module: no <$element>"
    }
    if (!value('/project/url')) problems << "$module: no <url>"
    if (!value('/project/licenses/license[1]/name') || !value('/project/licenses/license[1]/url')) {
        problems << "$module: no <licenses> with a name and url"
    }
    if (!value('/project/developers/developer[1]/name')) problems << "$module: no <developers> with a name"
    if (!value('/project/scm/url') || !value('/project/scm/connection')) problems << "$module: no <scm> with url and connection"
}

// Every published jar: its sources and javadoc jars, LICENSE and NOTICE inside all three, the same text as the root's.
for (String module : ['codejson-core', 'codejson-git', 'codejson-scan', 'codejson-harvest', 'codejson-site', 'codejson-cli', 'codejson-maven-plugin']) {
    for (String classifier : ['', '-sources', '-javadoc']) {
        File jar = new File(root, "$module/target/$module-$version${classifier}.jar")
        if (!jar.isFile()) {
            problems << "$jar: missing"
            continue
        }
        new JarFile(jar).withCloseable { j ->
            ['META-INF/LICENSE': license, 'META-INF/NOTICE': notice].each { name, content ->
                def entry = j.getEntry(name)
                if (entry == null) {
                    problems << "$jar: no $name"
                } else if (j.getInputStream(entry).getText('UTF-8') != content) {
                    problems << "$jar: $name differs from the repository's"
                }
            }
            if (classifier == '' && module == 'codejson-core') {
                // The core declares its module: a module-info naming it, and no automatic name beside it.
                def descriptor = j.getEntry('module-info.class')
                String name = descriptor == null ? null
                        : java.lang.module.ModuleDescriptor.read(j.getInputStream(descriptor)).name()
                if (name != 'gov.ca.code.codejson') {
                    problems << "$jar: module-info names ${name ?: 'no module'}"
                }
                if (j.manifest.mainAttributes.getValue('Automatic-Module-Name') != null) {
                    problems << "$jar: Automatic-Module-Name beside its module-info"
                }
            } else if (classifier == '') {
                String name = j.manifest.mainAttributes.getValue('Automatic-Module-Name')
                String expected = 'gov.ca.code.codejson.' + (module == 'codejson-maven-plugin' ? 'maven' : module - 'codejson-')
                if (name != expected) {
                    problems << "$jar: Automatic-Module-Name is $name"
                }
            }
        }
    }
}

// Eclipse m2e reads the plugin's own lifecycle mapping: generate on incremental builds, check on configuration.
File plugin = new File(root, "codejson-maven-plugin/target/codejson-maven-plugin-${version}.jar")
new JarFile(plugin).withCloseable { j ->
    def entry = j.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
    if (entry == null) {
        problems << "$plugin: no META-INF/m2e/lifecycle-mapping-metadata.xml"
    } else {
        def mapping = parse(j.getInputStream(entry))
        def action = { String goal, String when ->
            text(mapping, "/lifecycleMappingMetadata/pluginExecutions/pluginExecution[pluginExecutionFilter/goals/goal='$goal']/action/execute/$when")
        }
        if (action('generate', 'runOnIncremental') != 'true') problems << 'm2e: generate does not run on incremental builds'
        if (action('check', 'runOnIncremental') != 'false' || action('check', 'runOnConfiguration') != 'true') {
            problems << 'm2e: check must run on configuration only'
        }
    }
}

assert problems.isEmpty() : problems.join('\n')
true
