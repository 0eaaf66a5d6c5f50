'use strict'
// The official Node client against a streaming server: every start position, a durable that
// resumes after its client reconnects, a queue group, manual acks and redelivery.
//
// Usage: node suite.js NATS_URL [CLUSTER_ID]
// Prints "PASS <case>" per case and a last line "OK <count>", exit 0; "FAIL <reason>", exit 1.

const stan = require('node-nats-streaming')

const url = process.argv[2]
const clusterId = process.argv[3] || 'test-cluster'
let names = 0

function unique (prefix) {
  return prefix + '-' + process.pid + '-' + (++names)
}

function fail (reason) {
  console.log('FAIL ' + reason)
  process.exit(1)
}

setTimeout(() => fail('timed out'), 60000).unref()

function check (condition, what) {
  if (!condition) {
    throw new Error(what)
  }
}

function sameList (actual, expected, what) {
  check(JSON.stringify(actual) === JSON.stringify(expected),
    what + ': got ' + JSON.stringify(actual) + ', expected ' + JSON.stringify(expected))
}

function range (from, to) {
  const r = []
  for (let i = from; i <= to; i++) {
    r.push(i)
  }
  return r
}

function sleep (ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function connect (clientId) {
  return new Promise((resolve, reject) => {
    const sc = stan.connect(clusterId, clientId || unique('node'), { url: url, reconnect: false })
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

function publish (sc, channel, from, to) {
  const acks = []
  for (let i = from; i <= to; i++) {
    acks.push(new Promise((resolve, reject) => {
      sc.publish(channel, 'm' + i, (err) => err ? reject(new Error('publish ' + i + ': ' + err)) : resolve())
    }))
  }
  return Promise.all(acks)
}

// Subscribes and resolves once the server has answered; messages collect in sub.received,
// each passed to onMessage first (set here: messages may arrive before the promise resolves).
function subscribe (sc, channel, options, queue, onMessage) {
  return new Promise((resolve, reject) => {
    const sub = queue ? sc.subscribe(channel, queue, options) : sc.subscribe(channel, options)
    sub.received = []
    sub.on('message', (msg) => {
      sub.received.push(msg)
      if (onMessage) {
        onMessage(msg)
      }
    })
    sub.once('ready', () => resolve(sub))
    sub.once('error', reject)
    sub.once('timeout', reject)
  })
}

// Waits until `done` holds for the subscription, checking as messages arrive.
async function until (sub, done, what) {
  for (let i = 0; i < 500; i++) {
    if (done(sub.received)) {
      return
    }
    await sleep(10)
  }
  throw new Error(what + ': got ' + JSON.stringify(sequences(sub.received)))
}

function sequences (messages) {
  return messages.map((m) => m.getSequence())
}

async function startPositions () {
  const sc = await connect()
  const channel = unique('node.start')
  await publish(sc, channel, 1, 5)
  // Timestamps split messages 1-5 from 6-10.
  await sleep(300)
  const boundary = new Date(Date.now() - 150)
  await publish(sc, channel, 6, 10)

  const cases = [
    ['new only', sc.subscriptionOptions(), []],
    ['last received', sc.subscriptionOptions().setStartWithLastReceived(), [10]],
    ['all available', sc.subscriptionOptions().setDeliverAllAvailable(), range(1, 10)],
    ['sequence', sc.subscriptionOptions().setStartAtSequence(7), range(7, 10)],
    ['time', sc.subscriptionOptions().setStartTime(boundary), range(6, 10)],
    ['time delta', sc.subscriptionOptions().setStartAtTimeDelta(Date.now() - boundary.getTime()), range(6, 10)]
  ]
  const subs = []
  for (const [name, options, expected] of cases) {
    const sub = await subscribe(sc, channel, options)
    subs.push([name, sub, expected])
  }
  for (const [name, sub, expected] of subs) {
    await until(sub, (r) => r.length >= expected.length, name)
  }
  await publish(sc, channel, 11, 11)
  for (const [name, sub, expected] of subs) {
    await until(sub, (r) => r.length > expected.length, name + ' then live')
    sameList(sequences(sub.received), expected.concat([11]), name)
    sub.received.forEach((m) => check(m.getData() === 'm' + m.getSequence(), name + ': payload of ' + m.getSequence()))
  }
  await close(sc)
}

async function durable () {
  const clientId = unique('node-durable')
  const channel = unique('node.durable')
  const options = (sc) => sc.subscriptionOptions().setDurableName('dur').setDeliverAllAvailable()
    .setManualAckMode(true)
  let sc = await connect(clientId)
  await publish(sc, channel, 1, 3)
  let sub = await subscribe(sc, channel, options(sc), null, (m) => m.ack())
  await until(sub, (r) => r.length === 3, 'durable first read')
  await sleep(100) // the acks reach the server before the close request, on the same connection
  await close(sc)

  sc = await connect()
  await publish(sc, channel, 4, 6)
  await close(sc)

  sc = await connect(clientId)
  sub = await subscribe(sc, channel, options(sc), null, (m) => m.ack())
  await until(sub, (r) => r.length === 3, 'durable resumed')
  sameList(sequences(sub.received), range(4, 6), 'durable resumed after the last ack')
  await close(sc)
}

async function queueGroup () {
  const channel = unique('node.queue')
  const a = await connect()
  const b = await connect()
  const first = await subscribe(a, channel, a.subscriptionOptions(), 'workers')
  const second = await subscribe(b, channel, b.subscriptionOptions(), 'workers')
  await publish(a, channel, 1, 20)
  const all = () => first.received.length + second.received.length
  await until(first, () => all() >= 20, 'queue group')
  await sleep(200)
  const union = sequences(first.received).concat(sequences(second.received)).sort((x, y) => x - y)
  sameList(union, range(1, 20), 'each message to exactly one member')
  check(first.received.length > 0 && second.received.length > 0,
    'both members got messages: ' + first.received.length + '/' + second.received.length)
  await close(a)
  await close(b)
}

async function manualAckAndRedelivery () {
  const sc = await connect()
  const channel = unique('node.redelivery')
  const options = sc.subscriptionOptions().setManualAckMode(true).setAckWait(1000).setDeliverAllAvailable()
  await publish(sc, channel, 1, 2)
  // Acks message 2 at once, and message 1 only when it comes back.
  const sub = await subscribe(sc, channel, options, null, (m) => {
    if (m.getSequence() === 2 || m.isRedelivered()) {
      m.ack()
    }
  })
  await until(sub, (r) => r.some((m) => m.isRedelivered()), 'redelivery after the ack wait')
  const redelivered = sub.received.filter((m) => m.isRedelivered())
  sameList(sequences(redelivered), [1], 'only the unacked message is redelivered')
  await sleep(1500)
  sameList(sequences(sub.received), [1, 2, 1], 'nothing more once acked')
  await close(sc)
}

async function main () {
  if (!url) {
    fail('usage: node suite.js NATS_URL [CLUSTER_ID]')
  }
  const cases = [startPositions, durable, queueGroup, manualAckAndRedelivery]
  for (const run of cases) {
    await run()
    console.log('PASS ' + run.name)
  }
  console.log('OK ' + cases.length)
  process.exit(0)
}

main().catch((err) => fail(err && err.stack ? err.stack : String(err)))
