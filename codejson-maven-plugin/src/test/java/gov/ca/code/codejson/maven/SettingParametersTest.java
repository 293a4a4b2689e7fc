package gov.ca.code.codejson.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.json.ReadLimits;
import gov.ca.code.codejson.merge.MergeRequest;

/**
 * Every generation {@link Setting} is a parameter of every generating goal, named by its key and
 * read from the user property {@code codejson.<key>}, as the plugin descriptor built from the Mojo
 * classes declares it; so is every merge setting of the aggregate goal.
 */
class SettingParametersTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void everySettingIsAParameterOfEveryGeneratingGoal() throws Exception {
        assertThat(DESCRIPTOR).exists();
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(DESCRIPTOR));
        List<String> keys = Arrays.stream(Setting.values()).map(Setting::key).toList();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal").getTextContent();
            if (!List.of("generate", "check", "update").contains(goal)) {
                continue;
            }
            goals.add(goal);
            assertThat(expressions(mojo)).as(goal).containsAll(keys.stream().map(k -> k + "=${codejson." + k + "}").toList());
        }
        assertThat(goals).containsExactlyInAnyOrder("generate", "check", "update");
    }

    @Test
    void everyReadLimitIsAParameterOfEveryGoalThatReads() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(DESCRIPTOR));
        List<String> keys = Arrays.stream(ReadLimits.Limit.values()).map(ReadLimits.Limit::key).toList();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal").getTextContent();
            if (goal.equals("report") || goal.equals("help")) {
                continue;
            }
            goals.add(goal);
            assertThat(expressions(mojo)).as(goal).containsAll(keys.stream().map(k -> k + "=${codejson." + k + "}").toList());
        }
        assertThat(goals).contains("generate", "check", "update", "validate", "aggregate", "metrics");
    }

    @Test
    void everyMergeSettingIsAParameterOfTheAggregateReadFromThePropertyItsMessagesName() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(DESCRIPTOR));
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!child(mojo, "goal").getTextContent().equals("aggregate")) {
                continue;
            }
            List<String> expressions = expressions(mojo);
            for (MergeRequest.Setting setting : MergeRequest.Setting.values()) {
                // Console.spell writes "<configuration><key> (-Dproperty)": the property must be the one the goal reads.
                String spelled = Console.spell(setting);
                String property = spelled.substring(spelled.indexOf("(-D") + 3, spelled.length() - 1);
                assertThat(spelled).as(setting.name()).startsWith("<configuration><" + setting.key() + "> (-D");
                assertThat(expressions).as(setting.name()).contains(setting.key() + "=${" + property + "}");
            }
            return;
        }
        throw new AssertionError("no aggregate goal in the descriptor");
    }

    private static List<String> expressions(Element mojo) {
        List<String> expressions = new ArrayList<>();
        NodeList configured = child(mojo, "configuration").getChildNodes();
        for (int j = 0; j < configured.getLength(); j++) {
            if (configured.item(j) instanceof Element e) {
                expressions.add(e.getTagName() + "=" + e.getTextContent());
            }
        }
        return expressions;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
