import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory

File dir = basedir
def log = new File(dir, 'build.log').getText('UTF-8')
assert log.contains('codejson: valid.json (codegov-2.0.0, profile codegov): 0 errors')

// The published POM lists only what stays outside the jar, so Maven collects one artifact.
File plugin = new File(localRepositoryPath, 'gov/ca/code/codejson-maven-plugin')
File pomFile = plugin.listFiles().find { it.isDirectory() }.listFiles().find { it.name.endsWith('.pom') }
def pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pomFile)
def xpath = XPathFactory.newInstance().newXPath()
def nodes = xpath.evaluate('/project/dependencies/dependency', pom, XPathConstants.NODESET)
def runtime = (0..<nodes.length).collect { nodes.item(it) }
        .findAll { !(xpath.evaluate('scope', it) in ['test', 'provided']) }
        .collect { xpath.evaluate('groupId', it) + ':' + xpath.evaluate('artifactId', it) }.sort()
assert runtime == ['org.apache.maven.reporting:maven-reporting-api', 'org.sonatype.plexus:plexus-build-api']

// The libraries are in the jar, with the service files that find their providers.
File jar = pomFile.parentFile.listFiles().find { it.name ==~ /codejson-maven-plugin-.*-SNAPSHOT\.jar/ }
def entries = new java.util.zip.ZipFile(jar).withCloseable { z -> z.entries().collect { it.name } }
['gov/ca/code/codejson/CodeJson.class', 'tools/jackson/core/JsonParser.class',
 'org/hibernate/validator/HibernateValidator.class', 'org/eclipse/jgit/lib/Repository.class',
 'META-INF/services/jakarta.validation.spi.ValidationProvider', 'META-INF/maven/plugin.xml'].each {
    assert entries.contains(it)
}

// Every library in the jar is listed with its licence, and keeps its own licence files.
def thirdParty = null
def libraries = new java.util.zip.ZipFile(jar).withCloseable { z ->
    thirdParty = z.getInputStream(z.getEntry('META-INF/THIRD-PARTY.txt')).getText('UTF-8')
    z.entries().findAll { it.name ==~ /META-INF\/maven\/.*\/pom\.properties/ && !it.name.startsWith('META-INF/maven/gov.ca.code/') }
            .collect { e -> def p = new Properties(); z.getInputStream(e).withCloseable { p.load(it) }; "${p.groupId}:${p.artifactId}:${p.version}" }
}
assert libraries.size() > 5
libraries.each { assert thirdParty.contains("(" + it + " - ") : it + ' is not in META-INF/THIRD-PARTY.txt' }
['maven-reporting-api', 'plexus-build-api'].each { assert !thirdParty.contains(':' + it + ':') : it + ' stays outside the jar' }
assert entries.any { it ==~ /META-INF\/third-party\/jackson-core-[^\/]+-jar\/META-INF\/NOTICE/ }
assert entries.any { it ==~ /META-INF\/third-party\/org\.eclipse\.jgit-[^\/]+-jar\/about\.html/ }
true
