import { networkUses } from './network-scan';

describe('the network scan', () => {
  it.each([
    ['fetch("https://x.example",{method:"POST",body:d})', 'fetch'],
    ['window.fetch(u)', 'fetch'],
    ['e["fetch"](u)', 'fetch (as a value)'],
    ['const x=new XMLHttpRequest;x.open("POST",u)', 'XMLHttpRequest'],
    ['new WebSocket("wss://x")', 'WebSocket'],
    ['navigator.sendBeacon(u,d)', 'sendBeacon'],
    ['new EventSource(u)', 'EventSource'],
    ['new RTCPeerConnection(c)', 'RTCPeerConnection'],
    ['importScripts(u)', 'importScripts()'],
    ['new Worker(u)', 'Worker'],
    ["document.createElement('script')", 'script element'],
    ['document.createElement("iframe")', 'frame element'],
    ['(new Image).src=u+"?d="+d', 'image beacon'],
    ['document.write("<script src=x>")', 'document.write'],
    ['window.open("https://x.example/?"+d)', 'window.open'],
    ['const h=require("https")', 'Node network module'],
    ["require('node:net')", 'Node network module'],
    ["import { request } from 'node:http'", 'Node network import'],
  ])('finds %s', (code, api) => {
    expect(networkUses(code).map((u) => u.api)).toContain(api);
  });

  it.each([
    'const prefetch=1; refetchData(); x.fetchSize=2',
    'globalThis.importScripts&&(e=globalThis.location+"")',
    'MessageChannel; port.postMessage(null)',
    'require("node:fs"); require("zlib")',
    'openDependents(tasks, id)',
  ])('passes %s', (code) => {
    expect(networkUses(code)).toEqual([]);
  });
});
