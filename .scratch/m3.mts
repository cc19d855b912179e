for (let i = 0; i < 3; i++) {
let t = performance.now(); const a = new Int32Array(0x10000).fill(-1); console.log('fill', (performance.now() - t).toFixed(2));
t = performance.now(); const b = new Int32Array(0x10000); for (let k=0;k<b.length;k++) b[k]=-1; console.log('loop', (performance.now() - t).toFixed(2), a.length);
}
