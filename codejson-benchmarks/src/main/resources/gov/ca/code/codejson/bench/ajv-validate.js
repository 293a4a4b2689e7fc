// The ajv 6 side of the Goals harness. Usage: node ajv-validate.js AJV_DIR SCHEMA FILE [serve]
// With "serve", one line on standard input asks for one read + validate of FILE and gets back one
// line, "CPU_MICROS WALL_MICROS ERRORS"; without it, one read + validate and the error count, as a
// whole process (the cold row).
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require(path.join(process.argv[2], 'node_modules', 'ajv'));
const schema = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const ajv = new Ajv({schemaId: 'auto', format: 'full', allErrors: true});
ajv.addMetaSchema(require(path.join(process.argv[2], 'node_modules', 'ajv', 'lib', 'refs', 'json-schema-draft-04.json')));
const validate = ajv.compile(schema);
const file = process.argv[4];

function once() {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    return validate(data) ? 0 : validate.errors.length;
}

if (process.argv[5] !== 'serve') {
    process.stdout.write(once() + '\n');
} else {
    let pending = '';
    process.stdin.on('data', chunk => {
        pending += chunk;
        let newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            pending = pending.slice(newline + 1);
            const cpu = process.cpuUsage();
            const wall = process.hrtime.bigint();
            const errors = once();
            const used = process.cpuUsage(cpu);
            const wallMicros = Number((process.hrtime.bigint() - wall) / 1000n);
            process.stdout.write((used.user + used.system) + ' ' + wallMicros + ' ' + errors + '\n');
        }
    });
}
