// The Java output is a Maven project that builds offline (issue 20): `mvn -o package` against
// Debian's Maven repository (/usr/share/maven-repo, from the libmaven-*-plugin-java,
// libsurefire-java and libjackson2-*-java packages .ci/setup-system.sh installs), whose plugin
// and Jackson versions pom.xml pins; a consumer compiles with javac -Xlint:all -Werror against
// the jar and Debian's Jackson jars, and runs.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalOutput, run, tempDir, zipEntries } from './tools.js';

const JACKSON = ['jackson-core', 'jackson-annotations', 'jackson-databind'].map((j) => `/usr/share/java/${j}.jar`);

const CONSUMER = `import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.realtime.ConversationItemTruncateEvent;

public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = ObjectMappers.jsonMapper();
        String text = "{\\"event_id\\":\\"event_678\\",\\"type\\":\\"conversation.item.truncate\\",\\"item_id\\":\\"msg_002\\",\\"content_index\\":0,\\"audio_end_ms\\":1500}";
        ConversationItemTruncateEvent event = mapper.readValue(text, ConversationItemTruncateEvent.class).validate();
        boolean same = mapper.readTree(mapper.writeValueAsString(event)).equals(mapper.readTree(text));
        String rejected;
        try {
            mapper.readValue("{\\"type\\":\\"conversation.item.truncate\\"}", ConversationItemTruncateEvent.class).validate();
            rejected = "accepted";
        } catch (OpenAIInvalidDataException e) {
            rejected = "rejected";
        }
        System.out.println(event.audioEndMs() + " " + same + " " + rejected);
    }
}
`;

describe('Java output as a Maven jar', () => {
  it('builds with mvn -o package against Debian\'s Maven repository; a consumer compiles with -Werror and runs against the jar', () => {
    const project = canonicalOutput('java');
    run('mvn', ['-o', '-B', '-q', '-Dmaven.repo.local=/usr/share/maven-repo', 'package'], project);
    const jar = join(project, 'target', 'realtime-models-0.1.0.jar');
    expect(existsSync(jar)).toBe(true);
    expect(zipEntries(jar)).toEqual(expect.arrayContaining(['com/openai/models/realtime/ConversationItemTruncateEvent.class', 'com/openai/core/JsonValue.class']));

    const consumer = tempDir('java-consumer');
    writeFileSync(join(consumer, 'Main.java'), CONSUMER);
    const classpath = [jar, ...JACKSON].join(':');
    run('javac', ['-Xlint:all', '-Werror', '-cp', classpath, '-d', 'classes', 'Main.java'], consumer);
    expect(run('java', ['-cp', ['classes', classpath].join(':'), 'Main'], consumer).trim()).toBe('1500 true rejected');
  }, 240_000);
});
