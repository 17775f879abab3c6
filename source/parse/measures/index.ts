import type {Measure, Section} from '../../model/report.ts';

export function extractMeasures(_sections: Section[]): Measure[] {
	return [];
}
