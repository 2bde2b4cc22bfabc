// Reads a PSD with ag-psd (an independent, maintained PSD library) and prints what it found as JSON.
// Pixel data comes as plain RGBA arrays (useImageData), so no canvas implementation is needed.
const fs = require('fs');
const { readPsd, initializeCanvas } = require('ag-psd');
initializeCanvas(() => { throw new Error('no canvas in this reader'); },
  (width, height) => ({ width, height, data: new Uint8ClampedArray(width * height * 4) }));
const psd = readPsd(fs.readFileSync(process.argv[2]), { useImageData: true, skipThumbnail: true });
const rgba = (image) => image ? Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength).toString('base64') : null;
console.log(JSON.stringify({
  width: psd.width,
  height: psd.height,
  merged: rgba(psd.imageData),
  layers: (psd.children || []).map(l => ({
    name: l.name, top: l.top, left: l.left, bottom: l.bottom, right: l.right,
    hidden: !!l.hidden, opacity: l.opacity, rgba: rgba(l.imageData),
  })),
}));
