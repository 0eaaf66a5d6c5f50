'use strict'
// Smoke test of a streaming server with the official Node client:
// publish 1,000 messages with acks, read half of them through a durable subscription that
// starts at the first message, close the connection, reconnect under the same client ID and
// check that the durable resumes right after the last acknowledged message.
//
// Usage: node smoke.js NATS_URL [CLUSTER_ID]
// Exit code 0 and a last line starting with "OK" on success; 1 with the reason otherwise.

const stan = require('node-nats-streaming')

const url = process.argv[2]
const clusterId = process.argv[3] || 'test-cluster'
const clientId = 'node-smoke-' + process.pid
const channel = 'node.smoke.' + process.pid
const durable = 'node-durable'
const total = 1000
const firstPart = 500

function fail (reason) {
  console.log('FAIL ' + reason)
  process.exit(1)
}

setTimeout(() => fail('timed out'), 60000).unref()

function connect () {
  return new Promise((resolve, reject) => {
    const sc = stan.connect(clusterId, clientId, { url: url, reconnect: false })
    sc.once('connect', () => resolve(sc))
    sc.once('error', reject)
  })
}

function close (sc) {
  return new Promise((resolve, reject) => {
    sc.once('close', (err) => err ? reject(err) : resolve())
    sc.close()
  })
}

function publishAll (sc) {
  return new Promise((resolve, reject) => {
    const guids = new Set()
    let acked = 0
    for (let i = 1; i <= total; i++) {
      sc.publish(channel, 'm' + i, (err, guid) => {
        if (err) {
          reject(new Error('publish ' + i + ': ' + err))
          return
        }
        if (guids.has(guid)) {
          reject(new Error('second PubAck for ' + guid))
          return
        }
        guids.add(guid)
        if (++acked === total) {
          resolve()
        }
      })
    }
  })
}

function durableOptions (sc) {
  return sc.subscriptionOptions()
    .setDurableName(durable)
    .setDeliverAllAvailable()
    .setManualAckMode(true)
    .setMaxInFlight(100)
}

// Receives and acks messages until `stop` says enough; resolves with their sequences.
function receive (sc, stop) {
  return new Promise((resolve, reject) => {
    const sub = sc.subscribe(channel, durableOptions(sc))
    const seen = []
    let done = false
    sub.on('error', reject)
    sub.on('message', (msg) => {
      if (done) {
        return
      }
      const seq = msg.getSequence()
      if (msg.getData() !== 'm' + seq) {
        reject(new Error('message ' + seq + ' carries ' + msg.getData()))
        return
      }
      seen.push({ seq: seq, redelivered: msg.isRedelivered() })
      msg.ack()
      if (stop(seen)) {
        done = true
        resolve(seen)
      }
    })
  })
}

async function main () {
  if (!url) {
    fail('usage: node smoke.js NATS_URL [CLUSTER_ID]')
  }
  let sc = await connect()
  await publishAll(sc)

  const first = await receive(sc, (seen) => seen.length === firstPart)
  first.forEach((m, i) => {
    if (m.seq !== i + 1 || m.redelivered) {
      fail('first read: position ' + i + ' got ' + JSON.stringify(m))
    }
  })
  // The acks were published before the close request, on the same NATS connection.
  await close(sc)

  sc = await connect()
  const rest = await receive(sc, (seen) => seen.length > 0 && seen[seen.length - 1].seq === total)
  // Messages delivered but not acked before the close come back first, flagged redelivered;
  // whatever the order, the durable resumes right after message 500 and loses nothing.
  const sequences = rest.map((m) => m.seq)
  const distinct = new Set(sequences)
  if (Math.min(...sequences) !== firstPart + 1) {
    fail('resumed at ' + Math.min(...sequences) + ', expected ' + (firstPart + 1))
  }
  if (distinct.size !== total - firstPart) {
    fail('after resuming got ' + distinct.size + ' distinct messages, expected ' + (total - firstPart))
  }
  await close(sc)
  console.log('OK published=' + total + ' first=' + first.length + ' resumed=' + distinct.size +
    ' redelivered=' + rest.filter((m) => m.redelivered).length)
  process.exit(0)
}

main().catch((err) => fail(err && err.stack ? err.stack : String(err)))
