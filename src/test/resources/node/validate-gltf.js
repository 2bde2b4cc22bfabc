// Validates a .gltf with the Khronos glTF Validator (npm gltf-validator) and prints its report as JSON.
const fs = require('fs');
const path = require('path');
const validator = require('gltf-validator');
const file = process.argv[2];
validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {
  uri: path.basename(file),
  externalResourceFunction: (uri) => new Promise((resolve, reject) => {
    fs.readFile(path.join(path.dirname(file), decodeURIComponent(uri)), (err, data) => err ? reject(err) : resolve(new Uint8Array(data)));
  }),
}).then((report) => console.log(JSON.stringify(report)))
  .catch((error) => { console.error(error); process.exit(1); });
