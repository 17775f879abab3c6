// The listing the library's first screen is painted from (library/listing.ts): grouped as the view
// groups its reports, and current only while the index file (and its write-ahead log) is exactly
// as it was when the listing was written.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFileSync, mkdirSync, realpathSync, utimesSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {indexPath} from '../../source/library/cache.ts';
import {currentListing, groupedItems, LISTING_ROWS, writeListing, type ListedReport} from '../../source/library/listing.ts';
import {cacheEnv, tempDir} from './helpers.ts';

function report(n: number, series: string): ListedReport {
	return {path: `/r/${n}.txt`, date: `2020-01-${String((n % 28) + 1).padStart(2, '0')}`, title: `report ${n}`, meeting: null, series, copyOf: null};
}

/** A library folder whose "index" is a plain file where the index would be: the listing only stats it. */
function fakeIndex(): {dir: string; env: NodeJS.ProcessEnv; index: string} {
	const dir = tempDir();
	const {env} = cacheEnv();
	const index = indexPath(realpathSync(dir), env);
	mkdirSync(dirname(index), {recursive: true});
	writeFileSync(index, 'pages');
	return {dir, env, index};
}

test('reports are grouped by series in the view’s order, each heading with its count', () => {
	const items = groupedItems([report(1, 'other'), report(2, 'ccdi'), report(3, 'other'), report(4, 'state-council')]);
	assert.deepEqual(
		items.map(i => ('report' in i ? i.report.path : `${i.series} ${i.count}`)),
		['ccdi 1', '/r/2.txt', 'state-council 1', '/r/4.txt', 'other 2', '/r/1.txt', '/r/3.txt'],
	);
});

test('a listing is current until the index changes: a write to its file or its log', () => {
	const {dir, env, index} = fakeIndex();
	const root = realpathSync(dir);
	const reports = Array.from({length: 500}, (_, i) => report(i, i % 2 ? 'ccdi' : 'other'));
	writeListing(root, index, reports);
	const listing = currentListing(dir, env);
	assert.ok(listing, 'the listing just written is not current');
	assert.equal(listing.reports, 500);
	assert.equal(listing.series, 2);
	assert.equal(listing.items.length, LISTING_ROWS, 'a large library keeps only the head of its list');
	// A reader leaves an empty log beside the index: nothing changed.
	writeFileSync(`${index}-wal`, '');
	assert.ok(currentListing(dir, env), 'an empty write-ahead log made the listing stale');
	writeFileSync(`${index}-wal`, 'frames');
	assert.equal(currentListing(dir, env), null, 'a log with pages in it left the listing current');
	writeFileSync(`${index}-wal`, '');
	assert.ok(currentListing(dir, env));
	appendFileSync(index, 'more pages');
	assert.equal(currentListing(dir, env), null, 'a grown index left the listing current');
	writeListing(root, index, reports);
	const later = new Date(Date.now() + 5000);
	utimesSync(index, later, later);
	assert.equal(currentListing(dir, env), null, 'an index written in place left the listing current');
});

test('no listing is current where the index is not used, or for an empty library', () => {
	const {dir, env, index} = fakeIndex();
	writeListing(realpathSync(dir), index, [report(1, 'other')]);
	assert.ok(currentListing(dir, env));
	assert.equal(currentListing(dir, {...env, PLENUM_NO_SQLITE: '1'}), null);
	const empty = fakeIndex();
	writeListing(realpathSync(empty.dir), empty.index, []);
	assert.equal(currentListing(empty.dir, empty.env), null);
});
